import { describe, expect, it } from 'vitest';
import { callbackNotificationText } from '../../electron/main/callback-notification';

describe('callback notification text', () => {
  it('speaks Chinese on a Chinese system and English otherwise, with both counts', () => {
    expect(callbackNotificationText('zh-CN', { overdue: 2, dueToday: 5 })).toEqual({ title: '回访提醒', body: '今日到期回访 5 个,已逾期 2 个。' });
    expect(callbackNotificationText('en-US', { overdue: 2, dueToday: 5 }).body).toBe('5 due today, 2 overdue.');
  });
});

import { describe, expect, it } from 'vitest';
import { looksLikePhoneQuery, parsePhone, phoneKey } from '../../../shared/vocabulary/phone';

describe('phone numbers as Chinese offices write them', () => {
  it.each([
    ['15888889017', '15888889017', ''],
    ['158 8888 9017', '15888889017', ''],
    ['158-8888-9017', '15888889017', ''],
    ['+86 158 8888 9017', '15888889017', ''],
    ['0086-15888889017', '15888889017', ''],
    ['8615888889017', '15888889017', ''],
    ['１５８８８８８９０１７', '15888889017', ''],
    ['0755-88886666', '075588886666', ''],
    ['(0755) 8888 6666', '075588886666', ''],
    ['010-6666 8888', '01066668888', ''],
    ['0755-88886666 转 123', '075588886666', '123'],
    ['0755-88886666-123', '075588886666', '123'],
    ['0755 8888 6666 ext. 8', '075588886666', '8'],
    ['88886666', '88886666', ''],
    ['8888666', '8888666', ''],
    ['400-820-8820', '4008208820', ''],
    ['800 810 8888', '8008108888', ''],
    ['95511', '95511', ''],
    ['96777', '96777', ''],
    ['12345', '12345', ''],
    ['10086', '10086', ''],
    ['+852 2345 6789', '85223456789', ''],
  ])('takes %s (key %s, extension %s)', (typed, key, extension) => {
    expect(parsePhone(typed)).toEqual({ key, extension });
  });

  it.each([
    ['twenty digits', '12345678901234567890'],
    ['a mobile one digit short', '1588888901'],
    ['a mobile one digit long', '158888890170'],
    ['a mobile starting 12', '12888889017'],
    ['letters', 'call me'],
    ['an e-mail address', 'li@example.com'],
    ['a mobile with an extension', '15888889017 转 12'],
    ['a local number starting with 1', '1888666'],
    ['only separators', '- - -'],
  ])('refuses %s', (_what, typed) => {
    expect(parsePhone(typed)).toBeNull();
  });

  it('finds numbers saved before the check by their digits', () => {
    expect(phoneKey('12345678901234567890')).toBe('12345678901234567890');
    expect(phoneKey('+86 (158) 8888-9017')).toBe('15888889017');
  });

  it('tells a phone typed with separators from other searches', () => {
    expect(looksLikePhoneQuery('158 8888 9017')).toBe(true);
    expect(looksLikePhoneQuery('0755-8888 6666')).toBe(true);
    expect(looksLikePhoneQuery('15888889017')).toBe(false);
    expect(looksLikePhoneQuery('3栋 1502')).toBe(false);
    expect(looksLikePhoneQuery('A-202612-0001')).toBe(false);
  });
});

import { Alert, Empty, Flex } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../../lib/route';
import { ErrorBanner } from '../../ui/error-banner';
import { CreateGroupForm } from './create-group-form';
import { GroupCard } from './group-card';
import { useGroups } from './use-groups';

/** 群诉: group complaints (seed 001), newest first, and a form to start one. */
export function GroupsPage() {
  const { t } = useTranslation();
  const route = useRoute();
  const wanted = route.name === 'groups' ? route.groupId : undefined;
  const { groups, cases, failure, reload } = useGroups();
  const [created, setCreated] = useState<string>();
  const headings = useRef(new Map<string, HTMLHeadingElement>());

  // Opened from a case's "group complaint" link: bring that group into view.
  useEffect(() => {
    if (!wanted || !groups) return;
    const heading = headings.current.get(wanted);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }, [wanted, groups]);

  return (
    <section className="groups" aria-labelledby="groups-title">
      <div className="page-head">
        <h1 id="groups-title">{t('groups.title')}</h1>
      </div>
      <p className="lead">{t('groups.intro')}</p>
      {failure && <ErrorBanner error={failure} />}
      {created && <Alert type="success" showIcon role="status" className="groups__created" title={created} />}
      <CreateGroupForm
        onCreated={(group) => {
          setCreated(t('groups.created', { title: group.title }));
          void reload();
        }}
      />
      <h2 className="groups__list-title">{t('groups.listTitle')}</h2>
      {groups === null ? (
        <p className="muted">{t('groups.loading')}</p>
      ) : groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('groups.empty')} />
      ) : (
        <Flex vertical gap="middle" role="list" aria-label={t('groups.listLabel')}>
          {groups.map((group) => (
            <div role="listitem" key={group.id}>
              <GroupCard
                ref={(element) => {
                  if (element) headings.current.set(group.id, element);
                  else headings.current.delete(group.id);
                }}
                group={group}
                cases={cases}
                highlighted={group.id === wanted}
                onChanged={reload}
              />
            </div>
          ))}
        </Flex>
      )}
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { api, unwrap } from '../../api/client';
import { useDistricts } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import type { AudienceValues } from './audience-values';
import { ORGANISATION_KINDS } from './labels';

/** The fields the chosen kind of audience needs: districts, kinds of organisation, a working group, members. */
export function AudienceFields({
  kind,
  open,
}: {
  kind: AudienceValues['audienceKind'] | undefined;
  open: boolean;
}) {
  const { t, tx } = useI18n();
  const districts = useDistricts();
  const groups = useQuery({
    queryKey: ['working-groups', 'options'],
    queryFn: () => unwrap(api.GET('/api/v1/working-groups', { params: { query: { status: 'active' } } })),
    enabled: open && kind === 'working_group',
  });
  const members = useQuery({
    queryKey: ['members', 'options', 'admitted'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/members', { params: { query: { status: 'admitted', limit: 200 } } })),
    enabled: open && kind === 'members',
  });
  const required = [{ required: true, message: t('form.required') }];
  return (
    <>
      {kind === 'districts' && (
        <Form.Item name="districtCodes" label={t('notices.districts')} rules={required}>
          <Select
            mode="multiple"
            options={(districts.data ?? []).map((d) => ({ value: d.code, label: d.name }))}
          />
        </Form.Item>
      )}
      {kind === 'kinds' && (
        <Form.Item name="kinds" label={t('notices.kinds')} rules={required}>
          <Select
            mode="multiple"
            options={ORGANISATION_KINDS.map((k) => ({ value: k, label: tx(`member.kind.${k}`) }))}
          />
        </Form.Item>
      )}
      {kind === 'working_group' && (
        <Form.Item name="workingGroupId" label={t('notices.workingGroup')} rules={required}>
          <Select
            loading={groups.isFetching}
            options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
          />
        </Form.Item>
      )}
      {kind === 'members' && (
        <Form.Item name="organisationIds" label={t('notices.organisations')} rules={required}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={members.isFetching}
            options={(members.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
          />
        </Form.Item>
      )}
    </>
  );
}

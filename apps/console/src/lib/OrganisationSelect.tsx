import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { api, unwrap } from '../api/client';

/** An admitted organisation, searched by name as typed. */
export function OrganisationSelect(props: {
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
  ariaLabel?: string;
}) {
  const [q, setQ] = useState('');
  const options = useQuery({
    queryKey: ['members', 'options', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/members', {
          params: { query: { status: 'admitted', limit: 50, ...(q ? { q } : {}) } },
        }),
      ),
    select: (page) => page.items.map((m) => ({ value: m.id, label: m.name })),
  });
  return (
    <Select
      id={props.id}
      aria-label={props.ariaLabel}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={props.value}
      onChange={props.onChange}
      loading={options.isFetching}
      options={options.data ?? []}
      allowClear
      style={{ minWidth: 220 }}
    />
  );
}

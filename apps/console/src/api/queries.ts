import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

export function useDistricts() {
  return useQuery({
    queryKey: ['districts'],
    queryFn: () => unwrap(api.GET('/api/v1/districts', {})),
    staleTime: 10 * 60_000,
  });
}

export function useDistrictFigures() {
  return useQuery({
    queryKey: ['figures', 'districts'],
    queryFn: () => unwrap(api.GET('/api/v1/members/figures/districts', {})),
  });
}

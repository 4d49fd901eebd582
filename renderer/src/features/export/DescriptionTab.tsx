import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useOperation } from '../../hooks/useOperation';
import { DescriptionForm } from './DescriptionForm';

export function DescriptionTab() {
  const state = useOperation('description.get', {});
  if (state.status === 'failed' && !state.data) return <ErrorNotice error={state.error} />;
  if (!state.data) return <Loading label="Loading the description…" />;
  return <DescriptionForm key={state.data.updatedAt ?? 'new'} saved={state.data} />;
}

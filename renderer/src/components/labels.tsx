import { Badge, type MantineColor } from '@mantine/core';
import type { CategoryId } from '../../../shared/catalog/categories';
import { categoryName } from '../../../shared/catalog/categories';
import {
  COVERAGE_LABELS,
  STATUS_LABELS,
  type ControlStatus,
  type CoverageState,
} from '../../../shared/domain/controls';

interface LabelProps {
  color: MantineColor;
  children: string;
  variant?: 'light' | 'outline' | 'dot';
  title?: string;
}

/** A small coloured label that always carries its meaning in words. */
export function Label({ color, children, variant = 'light', title }: LabelProps) {
  return (
    <Badge
      color={color}
      variant={variant}
      size="sm"
      radius="sm"
      tt="none"
      fw={500}
      title={title}
      style={{ flexShrink: 0 }}
    >
      {children}
    </Badge>
  );
}

export const COVERAGE_COLORS: Record<CoverageState, MantineColor> = {
  covered: 'teal',
  partial: 'yellow',
  gap: 'red',
  'not-applicable': 'grape',
  'out-of-scope': 'gray',
};

export function CoverageLabel({ state }: { state: CoverageState }) {
  return (
    <Label color={COVERAGE_COLORS[state]} variant={state === 'out-of-scope' ? 'outline' : 'light'}>
      {COVERAGE_LABELS[state]}
    </Label>
  );
}

export const STATUS_COLORS: Record<ControlStatus, MantineColor> = {
  'not-started': 'gray',
  'in-progress': 'blue',
  implemented: 'teal',
};

export function StatusLabel({ status }: { status: ControlStatus }) {
  return <Label color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</Label>;
}

export function OutOfScopeLabel({ title }: { title?: string }) {
  return (
    <Label color="gray" variant="outline" title={title}>
      Out of scope
    </Label>
  );
}

export function NotApplicableLabel({ title }: { title?: string }) {
  return (
    <Label color="grape" title={title}>
      Not applicable
    </Label>
  );
}

export function CategoryLabel({ category }: { category: CategoryId }) {
  return (
    <Label color="indigo" variant="outline">
      {categoryName(category)}
    </Label>
  );
}

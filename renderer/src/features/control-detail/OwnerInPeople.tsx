import { Anchor, Group, Text } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { formatDate } from '../../components/format';
import { Label } from '../../components/labels';
import { useOperation } from '../../hooks/useOperation';
import { hashForArea } from '../../store/hash';
import { leftBy, ownerInRegister, todayUtc } from '../people/owners';

/**
 * Under the Owner field: when the name typed there is someone in the people register (any case or spacing), a
 * link to their page, and a warning once they have left. Says nothing for a name the register does not hold.
 */
export function OwnerInPeople({ owner }: { owner: string }) {
  const people = useOperation('people.list', {});
  const today = todayUtc();
  const person = people.data ? ownerInRegister(people.data, owner, today) : null;
  if (!person) return null;
  const left = leftBy(person, today);
  return (
    <Group gap="xs" data-testid="owner-in-people">
      <Text size="sm" c="dimmed">
        Owner {person.name}:
      </Text>
      <Anchor href={hashForArea('people', String(person.id))} size="sm" aria-label={`${person.name} in People`}>
        <Group gap={4} component="span">
          <IconUser size={14} aria-hidden />
          In People
        </Group>
      </Anchor>
      {left ? (
        <Label
          color="red"
          title={`${person.name} has left: the self-check flags this control until it has a new owner`}
        >
          {`Left on ${formatDate(person.endDate)}: assign a new owner`}
        </Label>
      ) : null}
    </Group>
  );
}

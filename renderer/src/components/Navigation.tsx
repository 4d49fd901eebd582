import { Box, NavLink } from '@mantine/core';
import { AREAS, type AreaId } from '../areas';
import { hashForArea } from '../store/hash';
import classes from './Navigation.module.css';

interface NavigationProps {
  active: AreaId;
  onNavigate: (area: AreaId) => void;
}

/** The left navigation: one link per area, the current one marked with aria-current. */
export function Navigation({ active, onNavigate }: NavigationProps) {
  return (
    <nav aria-label="Areas">
      <Box component="ul" className={classes.list}>
        {AREAS.map((area) => {
          const Icon = area.icon;
          const current = area.id === active;
          return (
            <li key={area.id}>
              <NavLink
                href={hashForArea(area.id)}
                label={area.label}
                leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
                active={current}
                aria-current={current ? 'page' : undefined}
                variant="light"
                onClick={(event) => {
                  event.preventDefault();
                  onNavigate(area.id);
                }}
              />
            </li>
          );
        })}
      </Box>
    </nav>
  );
}

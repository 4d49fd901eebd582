import type { Frequency } from '../../shared/catalog/types';
import { addMonthsToDate } from '../../shared/domain/dates';
import { freshness, validityEnd, type EvidenceSummary, type Freshness } from '../../shared/domain/evidence';
import * as q from '../vault/queries/evidence';
import type { Vault } from '../vault/vault';

/**
 * Valid-until dates and freshness as of `today`, memoised per date and
 * frequency: in a long list most items share an effective date and a
 * frequency, though few share both a date and a whole set of controls.
 */
export function validity(today: string) {
  const ends = new Map<string, Map<string, string>>();
  const end = (date: string, frequency: Frequency | null): string => {
    const key = frequency ?? 'none';
    let byDate = ends.get(key);
    if (!byDate) ends.set(key, (byDate = new Map()));
    let value = byDate.get(date);
    if (value === undefined) {
      value = frequency ? validityEnd(date, frequency) : addMonthsToDate(date, 12);
      byDate.set(date, value);
    }
    return value;
  };
  const states = new Map<string, Freshness>();
  return {
    /** The strictest linked control decides; with no control, a year. */
    derived(effectiveDate: string, frequencies: readonly Frequency[]): string {
      if (frequencies.length === 0) return end(effectiveDate, null);
      let earliest = end(effectiveDate, frequencies[0]!);
      for (let i = 1; i < frequencies.length; i++) {
        const e = end(effectiveDate, frequencies[i]!);
        if (e < earliest) earliest = e;
      }
      return earliest;
    },
    state(validUntil: string): Freshness {
      let state = states.get(validUntil);
      if (state === undefined) states.set(validUntil, (state = freshness(validUntil, today)));
      return state;
    },
  };
}

interface ParsedLinks {
  controls: string[];
  frequencies: Frequency[];
}

const NO_LINKS: ParsedLinks = { controls: [], frequencies: [] };

/**
 * Parses each item's control IDs (space-separated, any order) into ID order
 * with their frequencies. Items with the same set of controls share one
 * (never mutated) ParsedLinks, so each distinct text is parsed once.
 */
function linkParser(vault: Vault): (text: string | null) => ParsedLinks {
  const frequencies = q.controlFrequencies(vault.db);
  const seen = new Map<string, ParsedLinks>();
  return (text) => {
    if (text === null) return NO_LINKS;
    let parsed = seen.get(text);
    if (!parsed) {
      const controls = text.split(' ').sort();
      parsed = { controls, frequencies: controls.map((c) => frequencies.get(c)!) };
      seen.set(text, parsed);
    }
    return parsed;
  };
}

function summaryOf(
  row: q.SummaryRow | q.SummaryJsonRow,
  links: ParsedLinks,
  dates: ReturnType<typeof validity>,
): EvidenceSummary {
  const [id, title, type, fileName, size, effectiveDate, override, owner, source] = row;
  const validUntil = override ?? dates.derived(effectiveDate, links.frequencies);
  return {
    id,
    title,
    type,
    fileName,
    size,
    effectiveDate,
    validUntil,
    freshness: dates.state(validUntil),
    controls: links.controls,
    owner,
    source,
  };
}

function summaries(vault: Vault, control?: string): EvidenceSummary[] {
  const rows = JSON.parse(q.listSummaryJson(vault.db, control)) as q.SummaryJsonRow[];
  const links = linkParser(vault);
  const dates = validity(vault.today());
  const out: EvidenceSummary[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    out[i] = summaryOf(row, links(row[9]), dates);
  }
  return out;
}

type Placed = Pick<EvidenceSummary, 'effectiveDate' | 'id'>;

/** The list's order: newest effective date first, then newest item first. */
function newestFirst(a: Placed, b: Placed): number {
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate < b.effectiveDate ? 1 : -1;
  return b.id - a.id;
}

/** Where `item` belongs in a list in newestFirst order. */
function positionOf(items: readonly EvidenceSummary[], item: Placed): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (newestFirst(items[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The whole list, per open vault, kept with what it was built from: the
 * change token, the day, the controls' shape, the link count, the highest
 * item ID and the latest audit entry. Screens ask for the list after every
 * visit and every attach; with tens of thousands of items a rebuild costs
 * more than the goal of a list.
 */
interface ListCache {
  token: string;
  today: string;
  shape: string;
  links: number;
  maxId: number;
  auditSeq: number;
  byId: Map<number, EvidenceSummary>;
  items: EvidenceSummary[];
}
const listCache = new WeakMap<Vault, ListCache>();

/** More changed items than this and a rebuild is as quick as patching. */
const MAX_PATCH = 2000;

function rebuild(vault: Vault, token: string, today: string): ListCache {
  const items = summaries(vault);
  return {
    token,
    today,
    shape: q.controlsShape(vault.db),
    links: q.linkCount(vault.db),
    maxId: q.maxEvidenceId(vault.db),
    auditSeq: q.latestAuditSeq(vault.db),
    byId: new Map(items.map((i) => [i.id, i])),
    items,
  };
}

/**
 * Brings a built list up to date with the items written since, or null when
 * only a rebuild is safe: the day changed (freshness), a control changed (its
 * frequency decides validity), too much changed, or links changed that no
 * item write accounts for.
 */
function patch(vault: Vault, cache: ListCache, token: string, today: string): ListCache | null {
  if (cache.today !== today || q.controlsShape(vault.db) !== cache.shape) return null;
  const written = q.evidenceWrittenSince(vault.db, cache.auditSeq);
  // A bulk write (the demo) names no single item; too many changes rebuild as fast.
  if (written.length > MAX_PATCH || written.some((id) => !/^[1-9]\d*$/.test(id))) return null;
  const dates = validity(today);
  let links = cache.links;
  let maxId = cache.maxId;
  const changes: { id: number; next: EvidenceSummary | null }[] = [];
  for (const id of written.map(Number)) {
    const row = q.summaryRow(vault.db, id);
    const before = cache.byId.get(id);
    if (!row || (row[9] !== null && !before)) continue; // rolled back, or removed before the list was built
    if (id > maxId) maxId = id;
    const linked = q.linksOf(vault.db, id);
    links += linked.length - (before?.controls.length ?? 0);
    const parsed = { controls: linked.map((l) => l.controlId), frequencies: linked.map((l) => l.frequency) };
    changes.push({ id, next: row[9] === null ? summaryOf(row.slice(0, 9) as q.SummaryRow, parsed, dates) : null });
  }
  // Rows or links written without an audit entry naming them: only a rebuild is safe.
  if (links !== q.linkCount(vault.db) || maxId !== q.maxEvidenceId(vault.db)) return null;
  const { items, byId } = cache;
  for (const { id, next } of changes) {
    const before = byId.get(id);
    if (before) {
      const at = positionOf(items, before);
      if (items[at]?.id === id) items.splice(at, 1);
      byId.delete(id);
    }
    if (next) {
      items.splice(positionOf(items, next), 0, next);
      byId.set(id, next);
    }
  }
  return { ...cache, token, links, maxId, auditSeq: q.latestAuditSeq(vault.db) };
}

/**
 * The list's view of active evidence, newest first, optionally only one
 * control's. The whole list is kept per open vault and brought up to date
 * with what was written since, rather than rebuilt on every call.
 */
export function listEvidenceSummaries(vault: Vault, control?: string): EvidenceSummary[] {
  if (control !== undefined) return summaries(vault, control);
  const token = q.changeToken(vault.db);
  const today = vault.today();
  let cached = listCache.get(vault);
  if (!cached || cached.token !== token || cached.today !== today) {
    cached = (cached && patch(vault, cached, token, today)) || rebuild(vault, token, today);
    listCache.set(vault, cached);
  }
  return cached.items.slice();
}

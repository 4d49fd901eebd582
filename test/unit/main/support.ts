import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { Workbench } from '../../../electron/services/workbench';
import type { NewVault } from '../../../electron/vault/vault';
import { FakeFrame, type FakeWebContents } from '../../fakes/electron';
import { tempDir } from '../../helpers/tmp';

export { tempDir };

export const ACME: NewVault = {
  orgName: 'Acme AI',
  systemName: 'Acme platform',
  reportType: 'type1',
  asOfDate: '2025-06-30',
  periodStart: null,
  periodEnd: null,
  categories: [],
};

const workbenches: Workbench[] = [];

/** A real workbench over a real vault file in a temp folder. */
export function workbenchWithVault(): { wb: Workbench; dir: string; vaultPath: string } {
  const dir = tempDir();
  const wb = new Workbench({ recentFile: path.join(dir, 'recent.json') });
  workbenches.push(wb);
  const info = wb.createVault(path.join(dir, 'acme.attest'), ACME);
  return { wb, dir, vaultPath: info.path };
}

/** Closes the vaults these tests opened; test/helpers/tmp removes the folders. */
export function cleanUp(): void {
  for (const wb of workbenches.splice(0)) wb.closeVault();
}

/** An IPC event as Electron builds it; the fake is shaped like the real thing at runtime. */
export function eventFrom(contents: FakeWebContents, frame: FakeFrame | null = contents.mainFrame): IpcMainInvokeEvent {
  return { sender: contents, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

export function subframeOf(contents: FakeWebContents, url: string): FakeFrame {
  const frame = new FakeFrame(url, contents.mainFrame.processId, contents.mainFrame.routingId + 1);
  frame.parent = contents.mainFrame;
  return frame;
}

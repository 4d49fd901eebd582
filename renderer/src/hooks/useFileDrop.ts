import { useRef, useState, type DragEvent } from 'react';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

interface FileDropOptions {
  onFiles: (files: File[]) => void;
  /** While false, drops are ignored and the browser's own handling is left alone. */
  enabled?: boolean;
  /** 'none' shows a no-entry cursor where dropping cannot work (e.g. inside Electron before file attach exists). */
  dropEffect?: 'copy' | 'none';
}

/**
 * Drag-and-drop of files onto an element. Counting enter and leave events
 * keeps the highlight steady while the pointer crosses child elements.
 */
export function useFileDrop({ onFiles, enabled = true, dropEffect = 'copy' }: FileDropOptions) {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const accepts = (event: DragEvent) => enabled && hasFiles(event);
  const handlers = {
    onDragEnter: (event: DragEvent) => {
      if (!accepts(event)) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    },
    onDragOver: (event: DragEvent) => {
      if (!accepts(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = dropEffect;
    },
    onDragLeave: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      if (!accepts(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      if (dropEffect !== 'none') onFiles(Array.from(event.dataTransfer.files));
    },
  };
  return { dragging, handlers };
}

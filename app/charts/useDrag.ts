import { useRef, type PointerEvent } from 'react';

export interface DragOptions {
  /** Whether pressing already moves to the pointer (a plot surface) or only grabs (a handle that must not jump). */
  moveOnDown?: boolean;
  /** Keeps the press from reaching handlers further up (a handle inside a focusable figure). */
  stopPropagation?: boolean;
}

export interface Drag<T> {
  /** Pointer handlers for one draggable element; `target` tells `onDrag` which one is held. */
  handlers: (target: T) => {
    onPointerDown: (e: PointerEvent<Element>) => void;
    onPointerMove: (e: PointerEvent<Element>) => void;
    onPointerUp: (e: PointerEvent<Element>) => void;
  };
  /** Whether a drag is under way (hover read-outs pause meanwhile). */
  active: () => boolean;
}

/**
 * Pointer dragging for a figure: the pressed element captures the pointer, so the drag keeps going outside
 * it, and every move reports the pointer's screen position. The caller converts it with its own scales.
 */
export function useDrag<T = void>(onDrag: (clientX: number, clientY: number, target: T) => void, options: DragOptions = {}): Drag<T> {
  const held = useRef<{ target: T } | null>(null);
  const { moveOnDown = true, stopPropagation = false } = options;
  return {
    handlers: (target) => ({
      onPointerDown: (e) => {
        held.current = { target };
        e.currentTarget.setPointerCapture(e.pointerId);
        if (stopPropagation) e.stopPropagation();
        if (moveOnDown) onDrag(e.clientX, e.clientY, target);
      },
      onPointerMove: (e) => {
        if (held.current) onDrag(e.clientX, e.clientY, held.current.target);
      },
      onPointerUp: (e) => {
        held.current = null;
        if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
      },
    }),
    active: () => held.current !== null,
  };
}

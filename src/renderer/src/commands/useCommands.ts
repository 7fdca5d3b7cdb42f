/**
 * Binds the registry to the keyboard and to the Electron menu. The screen that owns a command
 * (the plan workspace owns save and undo) passes handlers; whatever is not handled does nothing.
 */
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '@shared/ipc-contract';
import { platform } from '../platform';
import { commandForShortcut, eventShortcut, isTextField, type CommandId } from './registry';

export type CommandHandlers = Partial<Record<CommandId, () => void>> & { openRecent?: (path: string) => void };

export function useCommands(handlers: CommandHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const cmd = commandForShortcut(eventShortcut(e));
      if (!cmd) return;
      // In Electron the menu accelerators already send these; handling both would run twice.
      if (platform.kind === 'electron') return;
      if (!cmd.inTextFields && isTextField(document.activeElement)) return;
      const handler = ref.current[cmd.id];
      if (!handler) return;
      e.preventDefault();
      handler();
    };
    const onMenu = (command: MenuCommand) => {
      if (command.id === 'recent.open') {
        if (command.path) ref.current.openRecent?.(command.path);
        return;
      }
      if ((command.id === 'edit.undo' || command.id === 'edit.redo') && isTextField(document.activeElement)) {
        // Text fields keep their own undo for typing.
        document.execCommand(command.id === 'edit.undo' ? 'undo' : 'redo');
        return;
      }
      ref.current[command.id]?.();
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = platform.onMenuCommand(onMenu);
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);
}

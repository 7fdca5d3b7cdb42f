/**
 * The command registry: one list of app commands with their label keys and shortcuts. Keyboard
 * shortcuts (browser mode), the Electron menu (which sends the same ids) and buttons all run
 * commands through `runCommand`, so a shortcut and its button can never drift apart.
 */
import type { MenuCommandId } from '@shared/ipc-contract';

export type CommandId = MenuCommandId;

export interface CommandDef {
  id: CommandId;
  /** Message key of the label (namespace `commands`). */
  labelKey: string;
  /** Shortcut: `Mod` is Ctrl (Cmd on macOS). Several for aliases. */
  keys: string[];
  /** Whether the shortcut should also fire while typing in a text field. */
  inTextFields: boolean;
}

export const COMMANDS: readonly CommandDef[] = [
  { id: 'plan.new', labelKey: 'commands:new', keys: ['Mod+Alt+N'], inTextFields: true },
  { id: 'plan.open', labelKey: 'commands:open', keys: ['Mod+O'], inTextFields: true },
  { id: 'plan.save', labelKey: 'commands:save', keys: ['Mod+S'], inTextFields: true },
  { id: 'plan.saveAs', labelKey: 'commands:saveAs', keys: ['Mod+Shift+S'], inTextFields: true },
  { id: 'plan.close', labelKey: 'commands:close', keys: [], inTextFields: false },
  { id: 'edit.undo', labelKey: 'commands:undo', keys: ['Mod+Z'], inTextFields: false },
  { id: 'edit.redo', labelKey: 'commands:redo', keys: ['Mod+Shift+Z', 'Mod+Y'], inTextFields: false },
  { id: 'help.about', labelKey: 'commands:about', keys: [], inTextFields: false },
];

export const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcut string of a keyboard event in registry form ("Mod+Shift+Z"). */
export function eventShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, mac = isMac()): string {
  const parts: string[] = [];
  if (mac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey) parts.push('Shift');
  parts.push(e.key.length === 1 ? e.key.toUpperCase() : e.key);
  return parts.join('+');
}

export function commandForShortcut(shortcut: string): CommandDef | undefined {
  return COMMANDS.find((c) => c.keys.includes(shortcut));
}

export function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(el.type);
  return (el as HTMLElement).isContentEditable === true;
}

/** Display form of a shortcut for tooltips ("Ctrl+Shift+Z" / "⌘⇧Z"). */
export function shortcutLabel(keys: string, mac = isMac()): string {
  return mac
    ? keys.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥')
    : keys.replace('Mod', 'Ctrl');
}

/**
 * The commands that hide and show the outline and the notes panel, with their shortcuts, for the
 * palette, the keyboard and the toolbar's buttons.
 */
import type { Panel } from '../display/panel-layout'
import type { Command } from './commands'

/** What the commands need of the window's panels (a `PanelLayout` has it). */
export interface PanelToggles {
  toggleLabel(panel: Panel): string
  toggle(panel: Panel): void
}

/** Each panel's command id and keys. */
const panelKeys: Record<Panel, { id: string; keys: string[]; keywords: string[] }> = {
  outline: { id: 'toggle-outline', keys: ['Mod+Shift+O'], keywords: ['sections', 'contents'] },
  notes: { id: 'toggle-notes-panel', keys: ['Mod+Shift+E'], keywords: ['side', 'annotations'] }
}

/** "Hide outline" / "Show outline" and "Hide notes panel" / "Show notes panel". */
export function panelCommands(panels: PanelToggles): Command[] {
  return (['outline', 'notes'] as const).map((panel) => ({
    id: panelKeys[panel].id,
    label: panels.toggleLabel(panel),
    keys: panelKeys[panel].keys,
    keywords: ['panel', 'collapse', 'expand', ...panelKeys[panel].keywords],
    enabled: true,
    run: () => panels.toggle(panel)
  }))
}

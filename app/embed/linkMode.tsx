import { createContext, useContext } from 'react';
import type { LinkMode } from './embedParams.ts';

const LinkModeContext = createContext<LinkMode>({ embed: null, target: null, locked: [] });

export const LinkModeProvider = LinkModeContext.Provider;

/** How the page was opened: a whole page, or one embedded panel; which settings the link locks. */
export function useLinkMode(): LinkMode {
  return useContext(LinkModeContext);
}

/** True when the link locks this setting (by its URL parameter name): its control is shown disabled. */
export function useLocked(param: string): boolean {
  return useLinkMode().locked.includes(param);
}

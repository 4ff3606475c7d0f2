import { useEffect } from "react";

/** Sets the browser tab title, e.g. "People · Mutual". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Mutual` : "Mutual";
  }, [title]);
}

// Words are saved a moment after the person stops typing. If the tablet switches to another app,
// locks, or the page is closed or reloaded within that moment, save them now instead.
export function saveOnLeave(saveAll: () => Promise<void>): () => void {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void saveAll();
  };
  const onPageHide = () => void saveAll();
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onPageHide);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', onPageHide);
  };
}

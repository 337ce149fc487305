import { describe, expect, it, vi } from 'vitest';
import { createUpdateNotice } from './updateNotice.ts';

describe('createUpdateNotice', () => {
  it('is not ready until the registration reports a waiting build, then tells its listeners', () => {
    let needRefresh: () => void = () => undefined;
    const notice = createUpdateNotice((onNeedRefresh) => {
      needRefresh = onNeedRefresh;
      return () => Promise.resolve();
    });
    const listener = vi.fn();
    const unsubscribe = notice.subscribe(listener);
    expect(notice.ready()).toBe(false);
    needRefresh();
    expect(notice.ready()).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    needRefresh();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('accept() asks the registration to switch and reload', async () => {
    const update = vi.fn(() => Promise.resolve());
    const notice = createUpdateNotice(() => update);
    await notice.accept();
    expect(update).toHaveBeenCalledWith(true);
  });
});

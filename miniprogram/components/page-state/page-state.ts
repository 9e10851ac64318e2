/**
 * The loading, empty and error states every page shows the same way. The page passes its state;
 * while it is `ready` this shows nothing and the page's own content shows.
 */
Component({
  properties: {
    state: { type: String, value: 'loading' }, // loading | empty | error | ready
    emptyText: { type: String, value: '暂无内容' },
    errorText: { type: String, value: '加载失败，请检查网络后重试' },
  },
  methods: {
    onRetry() {
      this.triggerEvent('retry');
    },
  },
});

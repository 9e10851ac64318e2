import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The office console. `vite build console` (npm run console:build) writes console/dist, which the
 * Koa app serves at /console/ (src/http/console-static.ts). `vite console` (npm run console:dev)
 * serves the sources with hot reload and proxies the API to a service already running on :3000.
 */
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd and ECharts are large on their own; split them so a page change re-downloads little.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts';
          if (id.includes('node_modules/antd') || id.includes('node_modules/@ant-design') || id.includes('node_modules/rc-')) return 'antd';
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler')) return 'react';
          return undefined;
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: process.env.CONSOLE_API ?? 'http://127.0.0.1:3000', changeOrigin: false },
      '/admin/queues': { target: process.env.CONSOLE_API ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});

export const pluginId = 'serveplan';

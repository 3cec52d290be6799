export { ServeplanPage } from './ServeplanPage';

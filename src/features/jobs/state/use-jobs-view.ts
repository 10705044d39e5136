import { changeView, paramsFromView, viewFromParams, type JobsView } from './view.ts';
import { useUrlView, type ViewCodec } from './use-url-view.ts';

const codec: ViewCodec<JobsView> = { fromParams: viewFromParams, toParams: paramsFromView, change: changeView };

/** The jobs list's view, in the URL. */
export const useJobsView = () => useUrlView(codec);

/** A worker thread that draws preview cards: started by the preview-image step, one per core. */
import { drawCard } from './preview-card.ts';
import { serveTasks } from './worker-pool.ts';

serveTasks(drawCard);

import { POD_RESTART_POLICIES } from '../../k8s/enums';

/** The pod restart policies by name, from the one list in `lib/k8s/enums.ts`. */
export const [RESTART_ALWAYS, RESTART_ON_FAILURE, RESTART_NEVER] = POD_RESTART_POLICIES;

import { generatedShard } from './generated-suite';

generatedShard(2);

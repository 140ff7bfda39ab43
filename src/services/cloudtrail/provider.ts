import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { LogFileDelivery } from './delivery.js';
import { lookupEvents } from './lookup.js';
import { Recorder } from './recorder.js';
import { SelectorOperations } from './selectors.js';
import { TagOperations } from './tags.js';
import { TrailOperations } from './trails.js';

/** CloudTrail: the record of every call Nimbus serves, looked up or delivered to S3 by trails. */
export class CloudTrailProvider implements Partial<api.CloudtrailOperations> {
  private readonly recorder: Recorder;
  private readonly delivery: LogFileDelivery;
  private readonly trails: TrailOperations;
  private readonly selectors: SelectorOperations;
  private readonly tags: TagOperations;

  constructor(private readonly deps: ServiceDeps) {
    this.recorder = new Recorder(deps.store, deps.clock, deps.bus);
    this.delivery = new LogFileDelivery(deps, this.recorder);
    this.trails = new TrailOperations(deps);
    this.selectors = new SelectorOperations(deps);
    this.tags = new TagOperations(deps);
  }

  async lookupEvents(input: api.LookupEventsRequest, context: CallContext): Promise<api.LookupEventsResponse> {
    await this.recorder.flush();
    return lookupEvents(this.deps.store, this.deps.clock.now(), input, context);
  }

  createTrail: api.CloudtrailOperations['createTrail'] = (input, context) => this.trails.createTrail(input, context);
  getTrail: api.CloudtrailOperations['getTrail'] = (input, context) => this.trails.getTrail(input, context);
  describeTrails: api.CloudtrailOperations['describeTrails'] = (input, context) => this.trails.describeTrails(input, context);
  listTrails: api.CloudtrailOperations['listTrails'] = (input, context) => this.trails.listTrails(input, context);
  updateTrail: api.CloudtrailOperations['updateTrail'] = (input, context) => this.trails.updateTrail(input, context);
  deleteTrail: api.CloudtrailOperations['deleteTrail'] = (input, context) => this.trails.deleteTrail(input, context);
  startLogging: api.CloudtrailOperations['startLogging'] = (input, context) => this.trails.startLogging(input, context);
  stopLogging: api.CloudtrailOperations['stopLogging'] = (input, context) => this.trails.stopLogging(input, context);
  getTrailStatus: api.CloudtrailOperations['getTrailStatus'] = (input, context) => this.trails.getTrailStatus(input, context);

  putEventSelectors: api.CloudtrailOperations['putEventSelectors'] = (input, context) => this.selectors.putEventSelectors(input, context);
  getEventSelectors: api.CloudtrailOperations['getEventSelectors'] = (input, context) => this.selectors.getEventSelectors(input, context);
  putInsightSelectors: api.CloudtrailOperations['putInsightSelectors'] = (input, context) => this.selectors.putInsightSelectors(input, context);
  getInsightSelectors: api.CloudtrailOperations['getInsightSelectors'] = (input, context) => this.selectors.getInsightSelectors(input, context);

  addTags: api.CloudtrailOperations['addTags'] = (input, context) => this.tags.addTags(input, context);
  removeTags: api.CloudtrailOperations['removeTags'] = (input, context) => this.tags.removeTags(input, context);
  listTags: api.CloudtrailOperations['listTags'] = (input, context) => this.tags.listTags(input, context);

  async stop(): Promise<void> {
    this.delivery.stop();
    await this.recorder.stop();
  }
}

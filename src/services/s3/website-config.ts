import type { CallContext } from '../../common/call-context.js';
import type * as Api from './api.generated.js';
import { requireBucket } from './buckets.js';
import { invalidArgument, noSuchWebsiteConfiguration } from './config-errors.js';
import type { S3State } from './state.js';
import type { BucketSubresources } from './subresources.js';

/** Put/Get/DeleteBucketWebsite; website.ts serves what these configure. */
export class WebsiteConfigOperations {
  constructor(
    private readonly state: S3State,
    private readonly configs: BucketSubresources,
  ) {}

  async putBucketWebsite(input: Api.PutBucketWebsiteRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    const configuration = input.WebsiteConfiguration;
    assertValidWebsite(configuration);
    await this.configs.put(input.Bucket, 'website', configuration);
  }

  async getBucketWebsite(input: Api.GetBucketWebsiteRequest, context: CallContext): Promise<Api.GetBucketWebsiteOutput> {
    await requireBucket(this.state, input.Bucket, context);
    return this.configs.require<Api.WebsiteConfiguration>(input.Bucket, 'website', () => noSuchWebsiteConfiguration(input.Bucket));
  }

  async deleteBucketWebsite(input: Api.DeleteBucketWebsiteRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    await this.configs.delete(input.Bucket, 'website');
  }
}

function assertValidWebsite(configuration: Api.WebsiteConfiguration): void {
  if (configuration.RedirectAllRequestsTo) {
    if (configuration.IndexDocument || configuration.ErrorDocument || configuration.RoutingRules?.length) {
      throw invalidArgument('RedirectAllRequestsTo cannot be provided in conjunction with other Routing/Error/Index Document rules.');
    }
    if (!configuration.RedirectAllRequestsTo.HostName) throw invalidArgument('The HostName is required when RedirectAllRequestsTo is set.');
    return;
  }
  const suffix = configuration.IndexDocument?.Suffix;
  if (suffix === undefined) throw invalidArgument('A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty');
  if (!suffix || suffix.includes('/')) throw invalidArgument('The IndexDocument Suffix is not well formed', 'IndexDocument', suffix);
  for (const rule of configuration.RoutingRules ?? []) {
    const redirect = rule.Redirect;
    if (redirect.ReplaceKeyPrefixWith !== undefined && redirect.ReplaceKeyWith !== undefined) {
      throw invalidArgument('You can only define ReplaceKeyPrefix or ReplaceKey but not both.');
    }
    const code = redirect.HttpRedirectCode;
    if (code !== undefined && !/^3\d\d$/.test(code)) throw invalidArgument('The provided HTTP redirect code is not valid. It should be a string containing a number.', 'HttpRedirectCode', code);
  }
}

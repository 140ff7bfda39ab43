/** How AWS names service-linked roles: `AWSServiceRoleFor` and the service's own spelling. */
const SPELLINGS: Record<string, string> = {
  autoscaling: 'AutoScaling',
  elasticloadbalancing: 'ElasticLoadBalancing',
  ecs: 'ECS',
  rds: 'RDS',
  elasticbeanstalk: 'ElasticBeanstalk',
  dynamodb: 'DynamoDBReplication',
  lambda: 'LambdaReplicator',
  organizations: 'Organizations',
  'spot.amazonaws.com': 'EC2Spot',
  opensearchservice: 'AmazonOpenSearchService',
  es: 'AmazonElasticsearchService',
  apigateway: 'APIGateway',
  eks: 'AmazonEKS',
  support: 'Support',
  trustedadvisor: 'TrustedAdvisor',
};

export function serviceLinkedRoleName(serviceName: string, suffix: string | undefined): string {
  const prefix = serviceName.replace(/\.amazonaws\.com$/, '');
  const spelled = SPELLINGS[serviceName] ?? SPELLINGS[prefix] ?? prefix.split(/[-.]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
  return `AWSServiceRoleFor${spelled}${suffix ? `_${suffix}` : ''}`;
}

import { AwsError } from '../../common/aws-error.js';

export const notFound = (message: string) => new AwsError('NotFoundException', message, 404);

export const conflict = (message: string) => new AwsError('ConflictException', message, 409);

export const badRequest = (message: string) => new AwsError('BadRequestException', message, 400);

export const tooManyRequests = (message = 'Too Many Requests') => new AwsError('TooManyRequestsException', message, 429, { headers: { 'retry-after': '1' } });

export const invalidRestApi = (account: string, id: string) => notFound(`Invalid API identifier specified ${account}:${id}`);

export const invalidResource = () => notFound('Invalid Resource identifier specified');

export const invalidMethod = () => notFound('Invalid Method identifier specified');

export const invalidIntegration = () => notFound('Invalid Integration identifier specified');

export const invalidResponseStatus = () => notFound('Invalid Response status code specified');

export const invalidStage = () => notFound('Invalid Stage identifier specified');

export const invalidDeployment = () => notFound('Invalid Deployment identifier specified');

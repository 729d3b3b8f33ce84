// Per rule id: docker/podman/nerdctl/compose lines the containers pack must gate, and look-alikes.

import type { RuleCases } from './ruleTable';

export const containersCases: RuleCases[] = [
  {
    rule: 'containers/volume-rm',
    gate: [
      { command: 'docker volume rm app_data', target: 'app_data', environment: 'unknown' },
      { command: 'docker volume rm a b c', target: '3 volumes' },
      { command: 'docker volume rm -f pgdata', target: 'pgdata' },
      { command: 'docker --context prod volume rm critical-vol', target: 'critical-vol', environment: 'production' },
      { command: 'docker -H ssh://db.prod.internal volume rm pg', target: 'pg', environment: 'production' },
      { command: 'docker volume prune', target: 'unused volumes' },
      { command: 'docker volume prune -a -f', target: 'all unused volumes' },
      { command: 'podman volume rm my-volume', target: 'my-volume' },
      { command: 'podman --remote --connection prod volume rm critical-vol', target: 'critical-vol', environment: 'production' },
      { command: 'podman volume prune', target: 'unused volumes' },
      { command: 'nerdctl volume rm data', target: 'data' },
      { command: 'DOCKER_CONTEXT=prod docker volume rm data', target: 'data', environment: 'production' },
      { command: 'docker volume ls -q | xargs docker volume rm', target: 'volumes from the pipe' },
      { command: 'docker volume ls -q | xargs -I{} docker volume rm {}', target: 'volumes from the pipe' },
    ],
    allow: ['docker volume ls', 'docker volume inspect myvolume', 'docker volume create data', 'docker rm container', 'docker rmi image'],
  },
  {
    rule: 'containers/system-prune-volumes',
    gate: [
      { command: 'docker system prune --volumes', target: 'unused volumes' },
      { command: 'docker system prune -a --volumes -f', target: 'unused volumes' },
      { command: 'podman system prune --all --volumes', target: 'unused volumes' },
    ],
    allow: ['docker system prune', 'docker system prune -af', 'docker image prune -a', 'docker network prune', 'docker container prune', 'docker buildx prune'],
  },
  {
    rule: 'containers/rm-volumes',
    gate: [
      { command: 'docker rm -v web', target: 'web' },
      { command: 'docker rm -fv a b', target: '2 containers' },
      { command: 'docker container rm --volumes web', target: 'web' },
      { command: 'podman rm -vf container', target: 'container' },
    ],
    allow: ['docker rm -f container', 'docker rm my-container', 'podman rm -af', 'docker run --rm -v data:/data alpine ls', 'docker rm -f $(docker ps -aq)'],
  },
  {
    rule: 'containers/compose-down-volumes',
    gate: [
      { command: 'docker compose down -v', target: 'project' },
      { command: 'docker compose down --volumes --remove-orphans', target: 'project' },
      { command: 'docker-compose down -v', target: 'project' },
      { command: 'docker compose -p shop-prod down -v', target: 'shop-prod', environment: 'production' },
      { command: 'docker compose -f deploy/staging/docker-compose.yml down -v', target: 'staging', environment: 'staging' },
      { command: 'COMPOSE_PROJECT_NAME=billing docker compose down -v', target: 'billing' },
      { command: 'docker compose --env-file .env.production down -v', target: 'project', environment: 'production' },
      { command: 'docker-compose rm -fv', target: 'project' },
      { command: 'docker compose rm --volumes', target: 'project' },
      { command: 'podman-compose down -v', target: 'project' },
      { command: 'docker --context prod compose down -v', target: 'project', environment: 'production' },
    ],
    allow: ['docker compose down', 'docker-compose down --rmi all', 'docker compose rm -f', 'docker compose -f a.yml down --rmi all', 'docker compose up -d', 'docker-compose stop', 'docker compose down -t 5'],
  },
];

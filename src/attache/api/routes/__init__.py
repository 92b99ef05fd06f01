"""The API's routes, one APIRouter per group; ``create_app`` includes them all."""

from . import actors, articles, dyads, events, health, ingest, search, stories

ROUTERS = [
    health.router,
    articles.router,
    events.router,
    stories.router,
    actors.router,
    dyads.router,
    search.router,
    ingest.router,
]

"""treek: the hand-written layer over the generated `treek_client` package."""

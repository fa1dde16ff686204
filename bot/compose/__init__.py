"""An entry into posts per target: composition, routing, filters, teasers completed from pages."""

"""An entry into posts per target: preparation, routing, filters, teasers completed from pages."""

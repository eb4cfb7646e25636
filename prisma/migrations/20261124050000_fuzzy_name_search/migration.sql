-- Trigram similarity lets a passport search by name forgive a typo ("Малчанова" finds "Молчанова").
CREATE EXTENSION IF NOT EXISTS pg_trgm;

x = (import

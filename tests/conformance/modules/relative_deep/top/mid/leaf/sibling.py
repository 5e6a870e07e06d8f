s = 'sibling'

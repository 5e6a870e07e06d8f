VALUE = 'never imported'

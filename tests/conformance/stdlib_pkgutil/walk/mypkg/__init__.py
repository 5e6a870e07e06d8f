NAME = 'mypkg'

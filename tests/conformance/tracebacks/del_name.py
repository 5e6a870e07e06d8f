del undefined_var

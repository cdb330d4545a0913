package under

// fixture script

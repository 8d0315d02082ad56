alert('helper');

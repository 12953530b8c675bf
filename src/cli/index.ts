#!/usr/bin/env node
console.log('telefonistka');

/** The commit status context of the gates verdict on promotion PR heads (make it a required check). */
export const GATES_CONTEXT = 'telefonistka/gates';

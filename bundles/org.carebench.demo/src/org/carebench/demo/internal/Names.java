package org.carebench.demo.internal;

import java.util.List;
import java.util.random.RandomGenerator;

/** Client names as the agencies' clients have them: Spanish, Italian and English, with their accents. */
final class Names {

	private static final List<List<String>> FIRST = List.of(
			List.of("Lucía", "José", "María", "Sofía", "Martín", "Andrés", "Paula", "Javier", "Carmen", "Raúl", "Inés", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
					"Álvaro", "Begoña", "Íñigo", "Nuria", "Ramón"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			List.of("Giulia", "Niccolò", "Francesca", "Matteo", "Chiara", "Luca", "Federica", "Giuseppe", "Elena", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
					"Lorenzo", "Martina", "Andrea", "Sara", "Davide", "Alessia", "Ilaria"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			List.of("Mary", "James", "Emily", "Michael", "Sarah", "David", "Olivia", "Daniel", "Grace", "Thomas", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
					"Hannah", "William", "Chloe", "Joseph", "Amelia", "Zoe")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private static final List<List<String>> LAST = List.of(
			List.of("García", "Martínez", "Núñez", "Muñoz", "Peña", "Fernández", "López", "Sánchez", "Pérez", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
					"Gómez", "Ibáñez", "Castaño", "Ordóñez", "Jiménez", "Ruiz", "Nunez"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			List.of("Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
					"Conti", "De Luca", "Mancini", "Costa", "Fabbri", "Niccolai"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Clark", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
					"Lewis", "Walker", "Hall", "Young", "King", "O'Brien")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** Opening notes by language, in the agencies' own words. */
	static final List<List<String>> NOTES = List.of(
			List.of("Primera entrevista realizada. La clienta necesita apoyo para encontrar vivienda.", //$NON-NLS-1$
					"Llamada de seguimiento: faltan los documentos de empadronamiento.", //$NON-NLS-1$
					"Derivado al banco de alimentos del barrio; cita el próximo martes."), //$NON-NLS-1$
			List.of("Colloquio iniziale svolto. Il cliente chiede supporto per la ricerca di lavoro.", //$NON-NLS-1$
					"Inviata la richiesta al servizio sanitario; in attesa di risposta.", //$NON-NLS-1$
					"Il cliente si è trasferito in un alloggio temporaneo."), //$NON-NLS-1$
			List.of("Client attended the intake appointment; referred to the food bank.", //$NON-NLS-1$
					"Follow-up call: client has moved to temporary accommodation.", //$NON-NLS-1$
					"Benefits application submitted; waiting for the council's decision.")); //$NON-NLS-1$

	private Names() {
	}

	/** A language: 0 Spanish, 1 Italian, 2 English (Spanish and Italian speakers are most of the clients). */
	static int language(RandomGenerator random) {
		int draw = random.nextInt(10);
		return draw < 4 ? 0 : draw < 7 ? 1 : 2;
	}

	static String first(RandomGenerator random, int language) {
		return pick(random, FIRST.get(language));
	}

	static String last(RandomGenerator random, int language) {
		return pick(random, LAST.get(language));
	}

	static String note(RandomGenerator random, int language) {
		return pick(random, NOTES.get(language));
	}

	private static String pick(RandomGenerator random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}
}

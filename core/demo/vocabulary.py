"""Words the demo data is made of: Belgian places, buyers, company names and tender titles.

Only vocabulary lives here; :mod:`core.demo.tenders` draws from it. Every buyer template names
its authority code (``core.rules.schema.AUTHORITIES``) and its language; every title template
has a Dutch and a French list per contract type.
"""

from __future__ import annotations

# fmt: off
#: (name, postcode) of Flemish, Walloon and Brussels municipalities
CITIES_NL = (
    ("Zottegem", "9620"), ("Aalst", "9300"), ("Gent", "9000"), ("Brugge", "8000"),
    ("Leuven", "3000"), ("Mechelen", "2800"), ("Hasselt", "3500"), ("Genk", "3600"),
    ("Kortrijk", "8500"), ("Roeselare", "8800"), ("Ninove", "9400"), ("Lokeren", "9160"),
    ("Geraardsbergen", "9500"), ("Dendermonde", "9200"), ("Sint-Niklaas", "9100"),
    ("Turnhout", "2300"), ("Lier", "2500"), ("Tienen", "3300"), ("Ieper", "8900"),
    ("Oostende", "8400"), ("Waregem", "8790"), ("Oudenaarde", "9700"), ("Eeklo", "9900"),
    ("Deinze", "9800"), ("Herzele", "9550"), ("Brakel", "9660"), ("Wetteren", "9230"),
    ("Beveren", "9120"), ("Temse", "9140"), ("Mol", "2400"), ("Geel", "2440"),
    ("Herentals", "2200"), ("Heist-op-den-Berg", "2220"), ("Vilvoorde", "1800"),
    ("Halle", "1500"), ("Dilbeek", "1700"), ("Asse", "1730"), ("Diest", "3290"),
    ("Aarschot", "3200"), ("Sint-Truiden", "3800"), ("Tongeren", "3700"), ("Lommel", "3920"),
    ("Maasmechelen", "3630"), ("Bilzen", "3740"), ("Beringen", "3580"), ("Menen", "8930"),
    ("Poperinge", "8970"), ("Tielt", "8700"), ("Knokke-Heist", "8300"), ("Torhout", "8820"),
)
CITIES_FR = (
    ("Namur", "5000"), ("Liège", "4000"), ("Mons", "7000"), ("Charleroi", "6000"),
    ("Tournai", "7500"), ("Wavre", "1300"), ("Arlon", "6700"), ("Dinant", "5500"),
    ("Huy", "4500"), ("Nivelles", "1400"), ("Ottignies-Louvain-la-Neuve", "1340"),
    ("Verviers", "4800"), ("Spa", "4900"), ("Bastogne", "6600"), ("Marche-en-Famenne", "6900"),
    ("Ath", "7800"), ("Soignies", "7060"), ("Waterloo", "1410"), ("Gembloux", "5030"),
    ("Andenne", "5300"), ("Ciney", "5590"), ("Seraing", "4100"), ("Herstal", "4040"),
    ("Mouscron", "7700"), ("La Louvière", "7100"), ("Binche", "7130"), ("Braine-l'Alleud", "1420"),
    ("Jodoigne", "1370"), ("Malmedy", "4960"), ("Virton", "6760"), ("Chimay", "6460"),
    ("Fleurus", "6220"), ("Sambreville", "5060"), ("Eupen", "4700"), ("Durbuy", "6940"),
)
CITIES_BXL = (
    ("Elsene", "Ixelles", "1050"), ("Schaarbeek", "Schaerbeek", "1030"),
    ("Anderlecht", "Anderlecht", "1070"), ("Sint-Gillis", "Saint-Gilles", "1060"),
    ("Etterbeek", "Etterbeek", "1040"), ("Ukkel", "Uccle", "1180"), ("Vorst", "Forest", "1190"),
    ("Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean", "1080"), ("Jette", "Jette", "1090"),
    ("Oudergem", "Auderghem", "1160"), ("Evere", "Evere", "1140"),
)
PROVINCES = (
    ("Provincie Oost-Vlaanderen", "nl", "Gent", "9000"),
    ("Provincie West-Vlaanderen", "nl", "Brugge", "8000"),
    ("Provincie Antwerpen", "nl", "Antwerpen", "2018"),
    ("Provincie Limburg", "nl", "Hasselt", "3500"),
    ("Provincie Vlaams-Brabant", "nl", "Leuven", "3010"),
    ("Province de Namur", "fr", "Namur", "5000"),
    ("Province de Liège", "fr", "Liège", "4000"),
    ("Province de Hainaut", "fr", "Mons", "7000"),
    ("Province de Luxembourg", "fr", "Arlon", "6700"),
    ("Province du Brabant wallon", "fr", "Wavre", "1300"),
)

#: (name, authority, language, city, postcode) of buyers that exist once
FIXED_BUYERS = (
    ("Agentschap Wegen en Verkeer", "region", "nl", "Brussel", "1000"),
    ("Vlaamse Milieumaatschappij", "region", "nl", "Aalst", "9300"),
    ("Agentschap voor Natuur en Bos", "region", "nl", "Brussel", "1000"),
    ("Departement Omgeving", "region", "nl", "Brussel", "1000"),
    ("Agentschap Facilitair Bedrijf", "region", "nl", "Brussel", "1000"),
    ("Service public de Wallonie Mobilité et Infrastructures", "region", "fr", "Namur", "5000"),
    ("SPW Agriculture, Ressources naturelles et Environnement", "region", "fr", "Jambes", "5100"),
    ("Agence wallonne du Patrimoine", "region", "fr", "Namur", "5000"),
    ("Brussel Mobiliteit", "region", "nl", "Brussel", "1000"),
    ("Bruxelles Pouvoirs locaux", "region", "fr", "Bruxelles", "1000"),
    ("Departement Onderwijs en Vorming", "community", "nl", "Brussel", "1000"),
    ("Wallonie-Bruxelles Enseignement", "community", "fr", "Bruxelles", "1080"),
    ("Ministère de la Fédération Wallonie-Bruxelles", "community", "fr", "Bruxelles", "1080"),
    ("Agentschap Opgroeien", "community", "nl", "Brussel", "1060"),
    ("FOD Financiën", "federal_central", "nl", "Brussel", "1030"),
    ("SPF Justice", "federal_central", "fr", "Bruxelles", "1000"),
    ("FOD Binnenlandse Zaken", "federal_central", "nl", "Brussel", "1000"),
    ("SPF Santé publique", "federal_central", "fr", "Bruxelles", "1060"),
    ("FOD Beleid en Ondersteuning", "federal_central", "nl", "Brussel", "1000"),
    ("SPF Mobilité et Transports", "federal_central", "fr", "Bruxelles", "1210"),
    ("Ministerie van Defensie", "federal_central", "nl", "Evere", "1140"),
    ("Regie der Gebouwen", "federal_other", "nl", "Brussel", "1060"),
    ("Fedasil", "federal_other", "fr", "Bruxelles", "1000"),
    ("Sciensano", "federal_other", "nl", "Brussel", "1050"),
    ("Infrabel", "federal_other", "fr", "Bruxelles", "1070"),
    ("Rijksdienst voor Pensioenen", "federal_other", "nl", "Brussel", "1060"),
    ("De Lijn", "public_body", "nl", "Mechelen", "2800"),
    ("VDAB", "public_body", "nl", "Brussel", "1000"),
    ("Le Forem", "public_body", "fr", "Charleroi", "6000"),
    ("Bruxelles-Propreté", "public_body", "fr", "Bruxelles", "1000"),
    ("Société wallonne des eaux", "public_body", "fr", "Verviers", "4800"),
    ("Intercommunale Leiedal", "public_body", "nl", "Kortrijk", "8500"),
    ("Intercommunale Haviland", "public_body", "nl", "Brussel", "1000"),
    ("Interwaas", "public_body", "nl", "Sint-Niklaas", "9100"),
    ("IVAGO", "public_body", "nl", "Gent", "9000"),
    ("Farys", "public_body", "nl", "Gent", "9000"),
    ("IGRETEC", "public_body", "fr", "Charleroi", "6000"),
    ("IDELUX Environnement", "public_body", "fr", "Arlon", "6700"),
    ("INTRADEL", "public_body", "fr", "Herstal", "4040"),
    ("Bureau Economique de la Province de Namur", "public_body", "fr", "Namur", "5000"),
    ("Katholiek Onderwijs Zottegem vzw", "public_body", "nl", "Zottegem", "9620"),
    ("Scholengemeenschap Sint-Jozef vzw", "public_body", "nl", "Aalst", "9300"),
    ("Pouvoir organisateur Collège Saint-Louis asbl", "public_body", "fr", "Namur", "5000"),
)

#: templates of buyers that exist in every municipality: (template, authority, kind)
LOCAL_BUYERS_NL = (
    ("Gemeente {city}", "local", "municipality"),
    ("OCMW {city}", "local", "social_welfare"),
    ("Politiezone {city}", "local", "police"),
    ("Stedelijk Onderwijs {city}", "local", "school"),
    ("GO! Scholengroep {city}", "community", "school"),
    ("Autonoom Gemeentebedrijf {city}", "local", "municipality"),
    ("Kerkfabriek Sint-Martinus {city}", "other", "church"),
)
LOCAL_BUYERS_FR = (
    ("Commune de {city}", "local", "municipality"),
    ("CPAS de {city}", "local", "social_welfare"),
    ("Zone de police de {city}", "local", "police"),
    ("Enseignement communal de {city}", "local", "school"),
    ("Régie communale autonome de {city}", "local", "municipality"),
    ("Fabrique d'église Saint-Remacle de {city}", "other", "church"),
)

SURNAMES_NL = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
    "Wouters", "De Smet", "Vermeulen", "Van den Broeck", "De Clercq", "Hermans", "Aerts",
    "Van Damme", "Pauwels", "De Vos", "Verhoeven", "Michiels", "Desmet", "Stevens", "Smets",
    "Coppens", "Van de Velde", "Verstraete", "Martens", "Lambrechts", "Cools", "Huysmans",
    "Segers", "Van Acker", "De Backer", "Vandenberghe", "Baert", "Declercq", "Verbeke",
    "Mortier", "Bogaert", "Vanhove", "Devos", "Geerts", "Van Hecke", "Schepens", "Roels",
)
SURNAMES_FR = (
    "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leroy", "Lejeune",
    "Renard", "Lemaire", "Collard", "Fontaine", "Denis", "Mathieu", "Hubert", "François",
    "Henry", "Thiry", "Gilson", "Lecomte", "Marchal", "Leclercq", "Noël", "Pirard",
    "Bertrand", "Dumont", "Louis", "Jacquet", "Charlier", "Goffin", "Delvaux", "Lemoine",
    "Wauters", "Rousseau", "Masson", "Piron", "Hardy", "Collignon", "Jadot", "Delhaye",
)
FIRST_NAMES = (
    "An", "Katrien", "Sofie", "Els", "Tom", "Pieter", "Bart", "Wim", "Lien", "Jan", "Marie",
    "Nathalie", "Isabelle", "Julien", "Nicolas", "Sébastien", "Céline", "Olivier", "Luc",
    "Hilde", "Koen", "Véronique", "Anne", "Stijn",
)

SECTORS = ("works", "supplies", "services", "social_services")
#: company name templates per sector and language; {n} is a surname, {c} a city
COMPANIES = {
    ("works", "nl"): ("Bouwbedrijf {n}", "{n} Bouw", "Dakwerken {n}", "Wegenbouw {n}",
                      "Schilderwerken {n}", "Elektro {n}", "{n} & Zonen", "Grondwerken {n}"),
    ("works", "fr"): ("Entreprise {n}", "Construction {n}", "Toitures {n}", "Travaux {n}",
                      "Peintures {n}", "Électricité {n}", "{n} & Fils", "Terrassements {n}"),
    ("supplies", "nl"): ("{n} Kantoorinrichting", "Drukkerij {n}", "Garage {n}",
                         "{n} Sportmaterieel", "{n} Informatica", "Tuinmachines {n}"),
    ("supplies", "fr"): ("Mobilier {n}", "Imprimerie {n}", "Garage {n}",
                         "{n} Équipements", "Informatique {n}", "Motoculture {n}"),
    ("services", "nl"): ("Studiebureau {n}", "Architectenbureau {n}", "Schoonmaak {n}",
                         "Groendienst {n}", "{n} Advies", "Landmeters {n}", "{n} Consult"),
    ("services", "fr"): ("Bureau d'études {n}", "Atelier d'architecture {n}",
                         "Nettoyage {n}", "Jardins {n}", "{n} Conseil", "Géomètres {n}"),
    ("social_services", "nl"): ("Thuiszorg {n}", "Kinderopvang {c}", "Traiteur {n}",
                                "Zorggroep {n}", "Vormingscentrum {c}"),
    ("social_services", "fr"): ("Aide à domicile {n}", "Crèche de {c}", "Traiteur {n}",
                                "Groupe de soins {n}", "Centre de formation de {c}"),
}
LEGAL_FORMS = {"nl": ("bv", "nv", "cv", "bv", "bv"), "fr": ("srl", "sa", "sc", "srl", "srl")}
LARGE_COMPANIES = {
    "nl": ("{n} Groep", "{n} Holding", "{n} Infra", "{n} Group"),
    "fr": ("Groupe {n}", "{n} Holding", "{n} Infra", "{n} Group"),
}

#: (bank code, BIC) of Belgian banks, for account numbers
BANKS = (
    ("001", "GEBABEBB"), ("068", "GKCCBEBB"), ("363", "BBRUBEBB"), ("734", "KREDBEBB"),
    ("979", "ARSPBE22"), ("732", "CREGBEBB"), ("103", "NICABEBB"), ("751", "AXABBE22"),
)
STREETS = {
    "nl": ("Markt", "Kerkstraat", "Stationsstraat", "Nieuwstraat", "Industrieweg",
           "Kouter", "Dorpsstraat", "Molenstraat", "Ambachtenlaan", "Schoolstraat"),
    "fr": ("Grand-Place", "Rue de l'Église", "Rue de la Station", "Rue Neuve",
           "Zoning industriel", "Place communale", "Rue du Moulin", "Chaussée de Bruxelles",
           "Rue des Écoles", "Avenue de la Gare"),
}

#: title templates per contract type and language; {b} building, {s} street, {i} item
TITLES = {
    ("works", "nl"): ("Renovatie dak {b}", "Heraanleg {s}", "Nieuwbouw {b}",
                      "Riolering en wegenis {s}", "Asbestsanering {b}",
                      "Energetische renovatie {b}", "Buitenschrijnwerk {b}",
                      "Aanleg fietspad {s}", "Vervanging verwarming {b}"),
    ("works", "fr"): ("Rénovation de la toiture de {b}", "Réaménagement de la {s}",
                      "Nouveau bâtiment pour {b}", "Égouttage et voirie {s}",
                      "Désamiantage de {b}", "Rénovation énergétique de {b}",
                      "Menuiseries extérieures de {b}", "Piste cyclable {s}",
                      "Remplacement du chauffage de {b}"),
    ("supplies", "nl"): ("Levering van {i}", "Aankoop {i}", "Raamcontract {i}",
                         "Leasing van {i}"),
    ("supplies", "fr"): ("Fourniture de {i}", "Acquisition de {i}", "Accord-cadre {i}",
                         "Location-financement de {i}"),
    ("services", "nl"): ("Schoonmaak {b}", "Ontwerpopdracht {b}", "Onderhoud groenzones {s}",
                         "Studieopdracht mobiliteitsplan", "Verzekeringsportefeuille",
                         "Veiligheidscoördinatie {b}", "Onderhoud liften {b}",
                         "Drukwerk gemeentelijk infoblad", "Opmaak huisstijl"),
    ("services", "fr"): ("Nettoyage de {b}", "Mission d'auteur de projet pour {b}",
                         "Entretien des espaces verts {s}", "Étude du plan de mobilité",
                         "Portefeuille d'assurances", "Coordination sécurité-santé pour {b}",
                         "Entretien des ascenseurs de {b}", "Impression du bulletin communal",
                         "Création d'une identité graphique"),
    ("social_services", "nl"): ("Maaltijden aan huis", "Buitenschoolse kinderopvang",
                                "Opvang van verzoekers om internationale bescherming",
                                "Thuiszorg en poetshulp", "Vorming voor werkzoekenden",
                                "Schoolmaaltijden basisscholen"),
    ("social_services", "fr"): ("Repas à domicile", "Accueil extrascolaire",
                                "Accueil des demandeurs de protection internationale",
                                "Aide ménagère et soins à domicile",
                                "Formation des demandeurs d'emploi", "Repas scolaires"),
}
BUILDINGS = {
    "nl": ("sporthal", "basisschool De Regenboog", "gemeentehuis", "bibliotheek",
           "brandweerkazerne", "zwembad", "cultuurcentrum", "kinderdagverblijf",
           "woonzorgcentrum", "politiekantoor", "academie", "stadhuis"),
    "fr": ("la salle de sports", "l'école communale", "la maison communale",
           "la bibliothèque", "la caserne des pompiers", "la piscine", "la maison de la culture",
           "la crèche", "la maison de repos", "l'hôtel de police", "l'académie",
           "l'hôtel de ville"),
}
ROADS = {
    "nl": ("Stationsstraat", "Kerkplein", "Markt", "Molenstraat", "Schoolstraat",
           "Dorpsstraat", "Nieuwstraat", "Kasteelstraat", "Oudenaardsesteenweg"),
    "fr": ("rue de la Station", "place de l'Église", "Grand-Place", "rue du Moulin",
           "rue des Écoles", "rue Haute", "rue Neuve", "rue du Château", "chaussée de Liège"),
}
ITEMS = {
    "nl": ("elektrische voertuigen", "laptops", "schoolmeubilair", "strooizout",
           "kantoorpapier", "speeltoestellen", "verkeersborden", "brandweermaterieel",
           "tuinmachines", "ledverlichting", "dienstkledij", "zonnepanelen"),
    "fr": ("véhicules électriques", "ordinateurs portables", "mobilier scolaire",
           "sel de déneigement", "papier de bureau", "modules de jeux",
           "panneaux de signalisation", "matériel d'incendie", "machines de jardin",
           "éclairage LED", "vêtements de travail", "panneaux photovoltaïques"),
}
#: items the documents may require with an offer, per contract type
REQUIRED_ITEMS = {
    "works": ("drawings", "models"),
    "supplies": ("samples", "prototypes"),
    "services": ("drawings", "graphic_designs", "models"),
    "social_services": ("samples",),
}
#: grounds a buyer may claim, per contract type (rare: most tenders claim none)
GROUNDS = {
    "works": ("extreme_urgency", "repetition", "complexity", "needs_adaptation"),
    "supplies": ("sole_operator", "additional_deliveries", "extreme_urgency", "complexity"),
    "services": ("sole_operator", "repetition", "design_contest", "needs_adaptation"),
    "social_services": ("extreme_urgency", "sole_operator"),
}
# fmt: on

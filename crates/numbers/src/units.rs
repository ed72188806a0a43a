//! Units of measure and durations: the name a text writes them by and
//! the conversion of their values to one base unit per dimension (metre,
//! kilogram, second, kelvin…).

use factsift_core::quantity::Kind;

/// A unit as written and how to bring its values to the base unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitDef {
    /// The unit's name as written, singular (`yard`, `mile_per_hour`).
    pub name: &'static str,
    /// The base unit of its dimension (`metre`, `kilogram`, `kelvin`, `second`).
    pub unit: &'static str,
    /// Multiply by this …
    pub factor: f64,
    /// … then add this (temperatures; not for a temperature change).
    pub offset: f64,
    /// `Measure` or `Duration`.
    pub kind: Kind,
}

const fn si(name: &'static str, unit: &'static str, factor: f64) -> UnitDef {
    UnitDef {
        name,
        unit,
        factor,
        offset: 0.0,
        kind: Kind::Measure,
    }
}

const fn temp(name: &'static str, factor: f64, offset: f64) -> UnitDef {
    UnitDef {
        name,
        unit: "kelvin",
        factor,
        offset,
        kind: Kind::Measure,
    }
}

/// A duration unit: `seconds` seconds each.
const fn dur(name: &'static str, seconds: f64) -> UnitDef {
    UnitDef {
        name,
        unit: "second",
        factor: seconds,
        offset: 0.0,
        kind: Kind::Duration,
    }
}

/// True for imperial units that are written in parts ("5 ft 2 in").
pub fn is_imperial(u: UnitDef) -> bool {
    matches!(u.name, "foot" | "yard" | "mile" | "pound" | "stone")
}

impl UnitDef {
    /// Converts a value to the base unit.
    pub fn convert(&self, v: f64) -> f64 {
        v * self.factor + self.offset
    }
}

const INCH: f64 = 0.0254;
const FOOT: f64 = 0.3048;
const MILE: f64 = 1609.344;
const POUND: f64 = 0.453_592_37;
const OUNCE: f64 = 0.028_349_523_125;
const GALLON: f64 = 0.003_785_411_784;
const BARREL: f64 = 0.158_987_294_928;
const DAY: f64 = 86_400.0;
/// A Julian year of 365.25 days.
pub(crate) const YEAR: f64 = 365.25 * DAY;
const CELSIUS: UnitDef = temp("degree_celsius", 1.0, 273.15);
const FAHRENHEIT: UnitDef = temp("degree_fahrenheit", 5.0 / 9.0, 273.15 - 32.0 * 5.0 / 9.0);

/// Case-sensitive symbols (where case changes the meaning).
pub fn symbol(raw: &str) -> Option<UnitDef> {
    Some(match raw {
        // geological time: millions and billions of years
        "Ma" | "Myr" => dur("megayear", 1e6 * YEAR),
        "Ga" | "Gyr" => dur("gigayear", 1e9 * YEAR),
        "MB" => si("megabyte", "byte", 1e6),
        "GB" => si("gigabyte", "byte", 1e9),
        "TB" => si("terabyte", "byte", 1e12),
        "KB" | "kB" => si("kilobyte", "byte", 1e3),
        "Mb" | "mb" | "Mbit" => si("megabit", "bit", 1e6),
        "Gb" | "Gbit" => si("gigabit", "bit", 1e9),
        "kb" | "Kb" | "kbit" => si("kilobit", "bit", 1e3),
        "K" => temp("kelvin", 1.0, 0.0),
        "C" => CELSIUS,
        "F" => FAHRENHEIT,
        "pm" => si("picometre", "metre", 1e-12),
        "t" => si("tonne", "kilogram", 1e3),
        _ => return None,
    })
}

/// Units by lower-cased surface form (words joined by one space, symbols
/// as written: `km/h`, `°c`, `m2`).
pub fn lookup(s: &str) -> Option<UnitDef> {
    Some(match s {
        // length
        "m" | "meter" | "meters" | "metre" | "metres" | "metro" | "metros" => {
            si("metre", "metre", 1.0)
        }
        "km" | "kilometer" | "kilometers" | "kilometre" | "kilometres" | "kilometro"
        | "kilometros" | "kms" => si("kilometre", "metre", 1e3),
        "cm" | "centimeter" | "centimeters" | "centimetre" | "centimetres" | "centimetro"
        | "centimetros" => si("centimetre", "metre", 1e-2),
        "mm" | "millimeter" | "millimeters" | "millimetre" | "millimetres" | "milimetro"
        | "milimetros" => si("millimetre", "metre", 1e-3),
        "dm" | "decimeter" | "decimeters" | "decimetre" | "decimetres" => {
            si("decimetre", "metre", 0.1)
        }
        "nm" | "nanometer" | "nanometers" | "nanometre" | "nanometres" => {
            si("nanometre", "metre", 1e-9)
        }
        "picometer" | "picometers" | "picometre" | "picometres" => si("picometre", "metre", 1e-12),
        "attometre" | "attometer" | "attometres" | "attometers" => si("attometre", "metre", 1e-18),
        "micrometer" | "micrometers" | "micrometre" | "micrometres" | "µm" | "μm" | "micron"
        | "microns" => si("micrometre", "metre", 1e-6),
        "in" | "inch" | "inches" | "pulgada" | "pulgadas" | "\"" => si("inch", "metre", INCH),
        "ft" | "foot" | "feet" | "pie" | "pies" | "'" => si("foot", "metre", FOOT),
        "yd" | "yard" | "yards" | "yarda" | "yardas" => si("yard", "metre", 0.9144),
        "mi" | "mile" | "miles" | "milla" | "millas" => si("mile", "metre", MILE),
        "nautical mile" | "nautical miles" | "nmi" => si("nautical_mile", "metre", 1852.0),
        // mass
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kilo"
        | "kilos" | "kilogramo" | "kilogramos" => si("kilogram", "kilogram", 1.0),
        "g" | "gram" | "grams" | "gramme" | "grammes" | "gramo" | "gramos" | "gr" => {
            si("gram", "kilogram", 1e-3)
        }
        "mg" | "milligram" | "milligrams" | "milligramme" | "milligrammes" | "miligramo"
        | "miligramos" => si("milligram", "kilogram", 1e-6),
        "µg" | "μg" | "mcg" | "microgram" | "micrograms" | "microgramme" | "microgrammes" => {
            si("microgram", "kilogram", 1e-9)
        }
        "lb" | "lbs" | "pound" | "pounds" | "pound-mass" | "libra" | "libras" => {
            si("pound", "kilogram", POUND)
        }
        "oz" | "ounce" | "ounces" | "onza" | "onzas" => si("ounce", "kilogram", OUNCE),
        "ton" | "tons" | "tonelada" | "toneladas" => si("ton", "kilogram", 907.184_74),
        "tonne" | "tonnes" | "metric ton" | "metric tons" | "metric tonne" | "metric tonnes"
        | "tonelada metrica" | "toneladas metricas" => si("tonne", "kilogram", 1e3),
        "dram" | "drachma" | "drams" => si("dram", "kilogram", 0.001_771_845_195_312_5),
        "stone" => si("stone", "kilogram", 6.350_293_18),
        // area
        "m2" | "m²" | "sq m" | "square meter" | "square meters" | "square metre"
        | "square metres" | "metro cuadrado" | "metros cuadrados" => {
            si("square_metre", "square_metre", 1.0)
        }
        "km2"
        | "km²"
        | "sq km"
        | "square kilometer"
        | "square kilometers"
        | "square kilometre"
        | "square kilometres"
        | "kilometro cuadrado"
        | "kilometros cuadrados" => si("square_kilometre", "square_metre", 1e6),
        "sq mi" | "square mile" | "square miles" | "milla cuadrada" | "millas cuadradas" => {
            si("square_mile", "square_metre", MILE * MILE)
        }
        "sq ft" | "square foot" | "square feet" | "pie cuadrado" | "pies cuadrados" => {
            si("square_foot", "square_metre", FOOT * FOOT)
        }
        "acre" | "acres" => si("acre", "square_metre", 4046.8564224),
        "hectare" | "hectares" | "ha" | "hectarea" | "hectareas" => {
            si("hectare", "square_metre", 1e4)
        }
        // volume
        "l" | "liter" | "liters" | "litre" | "litres" | "litro" | "litros" => {
            si("litre", "cubic_metre", 1e-3)
        }
        "ml" | "milliliter" | "milliliters" | "millilitre" | "millilitres" | "mililitro"
        | "mililitros" => si("millilitre", "cubic_metre", 1e-6),
        "cl" | "centiliter" | "centiliters" | "centilitre" | "centilitres" => {
            si("centilitre", "cubic_metre", 1e-5)
        }
        "m3" | "m³" | "cubic meter" | "cubic meters" | "cubic metre" | "cubic metres"
        | "metro cubico" | "metros cubicos" => si("cubic_metre", "cubic_metre", 1.0),
        "km3" | "km³" | "cubic kilometer" | "cubic kilometers" | "cubic kilometre"
        | "cubic kilometres" => si("cubic_kilometre", "cubic_metre", 1e9),
        "cc"
        | "cm3"
        | "cm³"
        | "cubic centimeter"
        | "cubic centimeters"
        | "cubic centimetre"
        | "cubic centimetres"
        | "centimetro cubico"
        | "centimetros cubicos" => si("cubic_centimetre", "cubic_metre", 1e-6),
        "cubic foot" | "cubic feet" | "cu ft" | "pie cubico" | "pies cubicos" => {
            si("cubic_foot", "cubic_metre", FOOT * FOOT * FOOT)
        }
        "gallon" | "gallons" | "gal" | "galon" | "galones" => si("gallon", "cubic_metre", GALLON),
        "barrel" | "barrels" | "barril" | "barriles" | "bbl" => si("barrel", "cubic_metre", BARREL),
        "cup" | "cups" | "taza" | "tazas" => si("cup", "cubic_metre", 2.365_882_365e-4),
        "tablespoon" | "tablespoons" | "tbsp" => {
            si("tablespoon", "cubic_metre", 1.478_676_478_125e-5)
        }
        "teaspoon" | "teaspoons" | "tsp" => si("teaspoon", "cubic_metre", 4.928_921_593_75e-6),
        // speed
        "km/h"
        | "kph"
        | "kmph"
        | "km/hr"
        | "kmh"
        | "kilometers per hour"
        | "kilometres per hour"
        | "kilometer per hour"
        | "kilometre per hour"
        | "kilometros por hora"
        | "kilometro por hora" => si("kilometre_per_hour", "metre_per_second", 1e3 / 3600.0),
        "mph" | "miles per hour" | "miles an hour" | "mile per hour" | "millas por hora"
        | "milla por hora" => si("mile_per_hour", "metre_per_second", MILE / 3600.0),
        "m/s" | "meters per second" | "metres per second" => {
            si("metre_per_second", "metre_per_second", 1.0)
        }
        "knot" | "knots" => si("knot", "metre_per_second", 1852.0 / 3600.0),
        // temperature
        "°c" | "ºc" | "° c" | "º c" | "° celsius" | "º celsius" | "degrees celsius"
        | "degree celsius" | "celsius" | "degrees centigrade" | "grados celsius"
        | "grados centigrados" => CELSIUS,
        "°f" | "ºf" | "° f" | "º f" | "° fahrenheit" | "º fahrenheit" | "degrees fahrenheit"
        | "degree fahrenheit" | "fahrenheit" | "grados fahrenheit" => FAHRENHEIT,
        "kelvin" | "kelvins" => temp("kelvin", 1.0, 0.0),
        // angle
        // bare degrees may be an angle or a temperature: kept as written
        "degrees" | "degree" | "grados" | "grado" | "°" | "º" => si("degree", "degree", 1.0),
        "rad" | "radian" | "radians" | "radianes" => si("radian", "radian", 1.0),
        "turn" | "turns" => si("turn", "radian", 2.0 * std::f64::consts::PI),
        // energy, power, data, frequency
        "j" | "joule" | "joules" => si("joule", "joule", 1.0),
        "kj" | "kilojoule" | "kilojoules" => si("kilojoule", "joule", 1e3),
        "kwh" | "kilowatt hour" | "kilowatt hours" | "kilowatt-hour" | "kilowatt-hours" => {
            si("kilowatt_hour", "joule", 3.6e6)
        }
        "mwh" | "megawatt hour" | "megawatt hours" | "megawatt-hour" | "megawatt-hours" => {
            si("megawatt_hour", "joule", 3.6e9)
        }
        "gwh" | "gigawatt hours" | "gigawatt-hours" => si("gigawatt_hour", "joule", 3.6e12),
        "watt hour" | "watt hours" | "wh" => si("watt_hour", "joule", 3600.0),
        "ev" | "electronvolt" | "electronvolts" | "electron volts" => {
            si("electronvolt", "joule", 1.602_176_634e-19)
        }
        "tev" | "teraelectronvolt" | "teraelectronvolts" => {
            si("teraelectronvolt", "joule", 1.602_176_634e-7)
        }
        "btu" | "btus" | "british thermal unit" | "british thermal units" => {
            si("british_thermal_unit", "joule", 1055.05585262)
        }
        "calorie" | "calories" | "cal" => si("calorie", "joule", 4.184),
        "kcal" | "kilocalorie" | "kilocalories" => si("kilocalorie", "joule", 4184.0),
        "w" | "watt" | "watts" | "vatio" | "vatios" => si("watt", "watt", 1.0),
        "kw" | "kilowatt" | "kilowatts" => si("kilowatt", "watt", 1e3),
        "mw" | "megawatt" | "megawatts" => si("megawatt", "watt", 1e6),
        "gw" | "gigawatt" | "gigawatts" => si("gigawatt", "watt", 1e9),
        "hp" | "horsepower" | "bhp" => si("horsepower", "watt", 745.699_871_582_270_2),
        "hz" | "hertz" => si("hertz", "hertz", 1.0),
        "khz" | "kilohertz" => si("kilohertz", "hertz", 1e3),
        "mhz" | "megahertz" => si("megahertz", "hertz", 1e6),
        "ghz" | "gigahertz" => si("gigahertz", "hertz", 1e9),
        "byte" | "bytes" => si("byte", "byte", 1.0),
        "kilobyte" | "kilobytes" => si("kilobyte", "byte", 1e3),
        "kibibyte" | "kibibytes" | "kib" => si("kibibyte", "byte", 1024.0),
        "megabyte" | "megabytes" => si("megabyte", "byte", 1e6),
        "gigabyte" | "gigabytes" => si("gigabyte", "byte", 1e9),
        "terabyte" | "terabytes" => si("terabyte", "byte", 1e12),
        "exabyte" | "exabytes" => si("exabyte", "byte", 1e18),
        "bit" | "bits" => si("bit", "bit", 1.0),
        "megabit" | "megabits" => si("megabit", "bit", 1e6),
        "pa" | "pascal" | "pascals" => si("pascal", "pascal", 1.0),
        "kpa" => si("kilopascal", "pascal", 1e3),
        "bar" => si("bar", "pascal", 1e5),
        "psi" => si("psi", "pascal", 6894.757),
        "v" | "volt" | "volts" => si("volt", "volt", 1.0),
        "kv" | "kilovolt" | "kilovolts" => si("kilovolt", "volt", 1e3),
        "gray" | "gy" => si("gray", "gray", 1.0),
        "milligray" | "mgy" => si("milligray", "gray", 1e-3),
        // durations (based in seconds)
        "year" | "years" | "yr" | "yrs" | "ano" | "anos" => dur("year", YEAR),
        "month" | "months" | "mes" | "meses" => dur("month", YEAR / 12.0),
        "week" | "weeks" | "semana" | "semanas" => dur("week", 7.0 * DAY),
        "day" | "days" | "dia" | "dias" => dur("day", DAY),
        "hour" | "hours" | "hr" | "hrs" | "hora" | "horas" | "h" => dur("hour", 3600.0),
        "minute" | "minutes" | "min" | "mins" | "minuto" | "minutos" => dur("minute", 60.0),
        "second" | "seconds" | "sec" | "secs" | "segundo" | "segundos" | "s" => dur("second", 1.0),
        "decade" | "decades" | "decada" | "decadas" => dur("decade", 10.0 * YEAR),
        "megayear" | "megayears" | "megaannum" | "megaanna" => dur("megayear", 1e6 * YEAR),
        "gigayear" | "gigayears" | "gigaannum" | "gigaanna" => dur("gigayear", 1e9 * YEAR),
        // tons per day (industrial output)
        "tpd" => si("ton_per_day", "kilogram_per_second", 907.184_74 / DAY),
        "century" | "centuries" | "siglo" | "siglos" => dur("century", 100.0 * YEAR),
        "millisecond" | "milliseconds" | "ms" => dur("millisecond", 1e-3),
        _ => return None,
    })
}

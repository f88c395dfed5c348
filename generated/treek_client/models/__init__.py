"""Contains all the data models used in inputs/outputs"""

from .box import Box
from .box_dimensions import BoxDimensions
from .box_list_response import BoxListResponse
from .box_response import BoxResponse
from .calculate_rates_request import CalculateRatesRequest
from .change_password_request import ChangePasswordRequest
from .city import City
from .city_list_response import CityListResponse
from .country import Country
from .country_list_response import CountryListResponse
from .courier import Courier
from .courier_code import CourierCode
from .courier_list_response import CourierListResponse
from .create_box_request import CreateBoxRequest
from .create_order_item_request import CreateOrderItemRequest
from .create_order_request import CreateOrderRequest
from .create_reverse_shipment import CreateReverseShipment
from .create_shipment_request import CreateShipmentRequest
from .create_warehouse_request import CreateWarehouseRequest
from .forbidden_error import ForbiddenError
from .login_request import LoginRequest
from .login_response import LoginResponse
from .merchant import Merchant
from .merchant_response import MerchantResponse
from .message_response import MessageResponse
from .not_found_error import NotFoundError
from .order import Order
from .order_item import OrderItem
from .order_item_response import OrderItemResponse
from .order_list_response import OrderListResponse
from .order_packages import OrderPackages
from .order_response import OrderResponse
from .order_shipping_rate import OrderShippingRate
from .order_status_list_response import OrderStatusListResponse
from .packaging_type import PackagingType
from .packaging_type_list_response import PackagingTypeListResponse
from .packaging_type_response import PackagingTypeResponse
from .pagination_links import PaginationLinks
from .pagination_meta import PaginationMeta
from .payment_method import PaymentMethod
from .price_calculator import PriceCalculator
from .rate_calculation_params import RateCalculationParams
from .rates_response import RatesResponse
from .shipment import Shipment
from .shipment_package import ShipmentPackage
from .shipment_response import ShipmentResponse
from .shipment_result import ShipmentResult
from .statistics import Statistics
from .statistics_response import StatisticsResponse
from .unauthorized_error import UnauthorizedError
from .update_box_request import UpdateBoxRequest
from .update_order_request import UpdateOrderRequest
from .update_user_request import UpdateUserRequest
from .user import User
from .user_response import UserResponse
from .validation_error import ValidationError
from .validation_error_errors import ValidationErrorErrors
from .verify_item import VerifyItem
from .warehouse import Warehouse
from .warehouse_list_response import WarehouseListResponse
from .warehouse_response import WarehouseResponse

__all__ = (
    "Box",
    "BoxDimensions",
    "BoxListResponse",
    "BoxResponse",
    "CalculateRatesRequest",
    "ChangePasswordRequest",
    "City",
    "CityListResponse",
    "Country",
    "CountryListResponse",
    "Courier",
    "CourierCode",
    "CourierListResponse",
    "CreateBoxRequest",
    "CreateOrderItemRequest",
    "CreateOrderRequest",
    "CreateReverseShipment",
    "CreateShipmentRequest",
    "CreateWarehouseRequest",
    "ForbiddenError",
    "LoginRequest",
    "LoginResponse",
    "Merchant",
    "MerchantResponse",
    "MessageResponse",
    "NotFoundError",
    "Order",
    "OrderItem",
    "OrderItemResponse",
    "OrderListResponse",
    "OrderPackages",
    "OrderResponse",
    "OrderShippingRate",
    "OrderStatusListResponse",
    "PackagingType",
    "PackagingTypeListResponse",
    "PackagingTypeResponse",
    "PaginationLinks",
    "PaginationMeta",
    "PaymentMethod",
    "PriceCalculator",
    "RateCalculationParams",
    "RatesResponse",
    "Shipment",
    "ShipmentPackage",
    "ShipmentResponse",
    "ShipmentResult",
    "Statistics",
    "StatisticsResponse",
    "UnauthorizedError",
    "UpdateBoxRequest",
    "UpdateOrderRequest",
    "UpdateUserRequest",
    "User",
    "UserResponse",
    "ValidationError",
    "ValidationErrorErrors",
    "VerifyItem",
    "Warehouse",
    "WarehouseListResponse",
    "WarehouseResponse",
)
